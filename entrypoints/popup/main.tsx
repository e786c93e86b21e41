import '../../components/ui/base.css';
import { mountPage } from '../../components/i18n/locale.tsx';
import { Popup } from '../../components/popup/Popup.tsx';

// Thin wiring: the popup lives in components/popup/.
void mountPage(document.getElementById('app')!, Popup, (t) => t.appName);
