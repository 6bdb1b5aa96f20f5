A: for (;;) { // want "'A:' is defined but never used."
  break;
}
B: for (;;) {
  break B;
}
C: { // want "'C:' is defined but never used."
  C: for (;;) {
    break C;
  }
}
