import dec from 'dec'; // want "import/newline-after-import"
@dec
export class A {}
