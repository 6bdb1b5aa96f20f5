#!/usr/bin/env node
'use strict';
const path = require('path');
const { readFile } = require(`fs/promises`);
const maybe = require(process.env.MOD);

module.exports = function render(props) {
  const re = /<\/?[a-z]+>/gi, half = props.total / 2 / props.parts;
  return <div className="legacy" onClick={() => require('./lazy')}>{props.items.map((x, i) => <i key={i}>{x}</i>)}</div>;
};
