import '../../components/ui/base.css';
import { mountPage } from '../../components/i18n/locale.tsx';
import { Library } from '../../components/library/Library.tsx';

// Thin wiring: the library page lives in components/library/.
void mountPage(document.getElementById('app')!, Library, (t) => t.library.title);
