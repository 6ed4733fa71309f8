/** The texts kept from rule writers, so their figures show how the rules do on texts never seen: see tests/corpus/README.md. */
import { describeSplit } from './check-split';

describeSplit('held-out', '### Held-out texts');
