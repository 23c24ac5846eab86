implement OpAssign;

include "sys.m";
	sys: Sys;
include "draw.m";

OpAssign: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Acc: adt {
	label: string;
	n: int;
	sum: big;
	avg: real;
	hist: array of int;
};

ncalls := 0;

next(): int
{
	return ncalls++;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# += on strings: plain, in arrays, in adt fields, with chars
	s := "";
	for(i := 0; i < 5; i++)
		s += string i;
	s += "-";
	s += "";
	sys->print("s = %q\n", s);

	words := array[3] of string;
	words[0] += "x";
	words[1] = "y";
	words[1] += words[1];
	words[1] += words[1];
	words[2] += words[0] + words[1];
	for(i = 0; i < len words; i++)
		sys->print("words[%d] = %q\n", i, words[i]);

	# each index expression is evaluated once
	counts := array[4] of {* => 0};
	for(i = 0; i < 6; i++)
		counts[next() % 4] += 10;
	sys->print("counts %d %d %d %d, next called %d times\n",
		counts[0], counts[1], counts[2], counts[3], ncalls);

	ss := array[2] of {"a", "b"};
	ncalls = 0;
	ss[next()] += "!";
	ss[next()] += ss[0];
	sys->print("ss = %q %q (calls %d)\n", ss[0], ss[1], ncalls);

	# every compound operator on ints
	x := 100;
	x += 5; sys->print("+= %d ", x);
	x -= 15; sys->print("-= %d ", x);
	x *= 3; sys->print("*= %d ", x);
	x /= 7; sys->print("/= %d ", x);
	x %= 10; sys->print("%%= %d ", x);
	x <<= 4; sys->print("<<= %d ", x);
	x >>= 2; sys->print(">>= %d ", x);
	x |= 3; sys->print("|= %d ", x);
	x &= 16r1E; sys->print("&= %d ", x);
	x ^= 16rFF; sys->print("^= %d ", x);
	x **= 2; sys->print("**= %d\n", x);

	# on adt fields through refs and arrays of adts
	accs := array[2] of ref Acc;
	for(i = 0; i < len accs; i++)
		accs[i] = ref Acc("acc" + string i, 0, big 0, 0.0, array[3] of {* => 0});
	data := array[] of {5, 17, 3, 22, 9, 1, 14};
	for(i = 0; i < len data; i++) {
		a := accs[data[i] & 1];
		a.n++;
		a.sum += big data[i];
		a.hist[data[i] % 3] += 1;
		a.label += ".";
	}
	for(i = 0; i < len accs; i++) {
		a := accs[i];
		a.avg += real a.sum / real a.n;
		a.avg /= 2.0;
		sys->print("%s n=%d sum=%bd half-avg=%.3f hist=%d,%d,%d\n",
			a.label, a.n, a.sum, a.avg, a.hist[0], a.hist[1], a.hist[2]);
	}

	# byte elements wrap, bigs in arrays
	bs := array[] of {byte 250, byte 5};
	bs[0] += byte 10;
	bs[1] -= byte 6;
	sys->print("bytes %d %d\n", int bs[0], int bs[1]);
	bg := array[1] of {big 1};
	for(i = 0; i < 70; i++)
		bg[0] *= big 2;
	sys->print("big doubled 70 times: %bd\n", bg[0]);

	# string element compound assignment (chars are ints)
	w := "HAL";
	for(i = 0; i < len w; i++)
		w[i] += 1;
	sys->print("w = %s\n", w);

	# list built with compound-like updates
	l: list of string;
	for(i = 0; i < 3; i++)
		l = ("item" + string i) :: l;
	acc := "";
	for(; l != nil; l = tl l)
		acc += hd l + ";";
	sys->print("acc = %s\n", acc);
}
