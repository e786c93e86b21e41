import '../../components/ui/base.css';
import { mountPage } from '../../components/i18n/locale';
import { Library } from '../../components/library/Library';

// Thin wiring: the library page lives in components/library/.
void mountPage(document.getElementById('app')!, Library, (t) => t.library.title);
