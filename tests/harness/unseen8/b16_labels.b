implement Labels;

include "sys.m";
	sys: Sys;
include "draw.m";

Labels: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# find first pair (i,j) with i*j == 42 and i < j
	fi, fj: int;
outer:
	for(i := 1; i < 20; i++) {
		for(j := i + 1; j < 20; j++) {
			if(i * j == 42) {
				fi = i;
				fj = j;
				break outer;
			}
		}
	}
	sys->print("first pair %d*%d\n", fi, fj);

	# primes using labelled continue
	s := "";
	cand:
	for(n := 2; n < 50; n++) {
		for(d := 2; d * d <= n; d++)
			if(n % d == 0)
				continue cand;
		s += sys->sprint("%d ", n);
	}
	sys->print("primes: %s\n", s);

	# three-level with continue on middle
	count := 0;
a:
	for(x := 0; x < 4; x++) {
	b:
		for(y := 0; y < 4; y++) {
			for(z := 0; z < 4; z++) {
				if(z > y)
					continue b;
				if(x + y + z > 6)
					break a;
				if(y == 2 && z == 1)
					continue a;
				count++;
			}
		}
	}
	sys->print("count=%d\n", count);

	# labelled while and do
	k := 0;
	w:
	while(k < 100) {
		k++;
		do {
			k += 3;
			if(k % 7 == 0)
				break w;
		} while(k % 5 != 0);
	}
	sys->print("k=%d\n", k);

	# break out of case inside loop
	t := 0;
	loop:
	for(;;) {
		case t {
		0 to 3 =>
			t += 2;
		4 =>
			t = 11;
		* =>
			break loop;
		}
		sys->print("t=%d ", t);
	}
	sys->print("end t=%d\n", t);

	# plain break inside case breaks the case only? no: breaks loop
	m := 0;
	for(ii := 0; ii < 10; ii++) {
		case ii {
		5 =>
			break;
		}
		m += ii;
	}
	sys->print("m=%d\n", m);
}
