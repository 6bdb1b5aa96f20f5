exports.f = 1;
