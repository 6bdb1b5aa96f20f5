export const early = () => later;
import later from 'later'; // want "import/first"
import other from 'other'; // want "import/first"

export const o = other;
