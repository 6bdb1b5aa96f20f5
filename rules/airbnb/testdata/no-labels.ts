outer: for (;;) { // want "Unexpected labeled statement."
  break;
}
loop: for (;;) { // want "Unexpected labeled statement."
  for (;;) {
    continue loop; // want "Unexpected label in continue statement."
  }
}
blk: { // want "Unexpected labeled statement."
  break blk; // want "Unexpected label in break statement."
}
