import { createPanel } from '../platform/devtools.ts';
import { translate } from '../platform/i18n.ts';

// The DevTools page only registers the panel; the panel page itself is built from vite.config.ts's inputs.
void createPanel(translate('extName'), '/icons/icon-32.png', '/src/panel/panel.html');
