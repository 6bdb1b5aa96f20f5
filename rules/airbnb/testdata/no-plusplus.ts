let i = 0;
i++; // want "Unary operator '[+][+]' used."
--i; // want "Unary operator '--' used."
for (let j = 0; j < 3; j++) { // want "no-plusplus"
  i += j;
}
for (let j = 0, k = 0; j < 3; j++, k--) { // want "no-plusplus" "no-plusplus"
  i += j;
}
i += 1;
export { i };
