import '../../components/ui/base.css';
import { mountPage } from '../../components/i18n/locale.tsx';
import { Options } from '../../components/options/Options.tsx';

// Thin wiring: the options page lives in components/options/.
void mountPage(document.getElementById('app')!, Options, (t) => t.options.title);
