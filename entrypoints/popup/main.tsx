import '../../components/ui/base.css';
import { mountPage } from '../../components/i18n/locale';
import { Popup } from '../../components/popup/Popup';

// Thin wiring: the popup lives in components/popup/.
void mountPage(document.getElementById('app')!, Popup, (t) => t.appName);
