/** The texts rule writers tune on: see tests/corpus/README.md. */
import { describeSplit } from './check-split';

describeSplit('tune', '### Tune texts');
