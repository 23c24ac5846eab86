implement LabelledLoops;

include "sys.m";
	sys: Sys;
include "draw.m";

LabelledLoops: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

sieve(n: int): array of int
{
	comp := array[n+1] of {0 or 1 => 1, * => 0};
	for(i := 2; i*i <= n; i++){
		if(comp[i])
			continue;
		for(j := i*i; j <= n; j += i)
			comp[j] = 1;
	}
	cnt := 0;
	for(i = 0; i <= n; i++)
		if(!comp[i])
			cnt++;
	primes := array[cnt] of int;
	k := 0;
	for(i = 0; i <= n; i++)
		if(!comp[i])
			primes[k++] = i;
	return primes;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := sieve(60);
	s := "";
	for(i := 0; i < len p; i++)
		s += " " + string p[i];
	sys->print("primes:%s\n", s);

	grid := array[] of {
		array[] of {3, 8, 1, 9},
		array[] of {4, 0, 7, 2},
		array[] of {6, 5, 0, 11},
	};
	fr, fc: int;
	fr = fc = -1;
search:
	for(r := 0; r < len grid; r++){
		for(c := 0; c < len grid[r]; c++){
			if(grid[r][c] == 0){
				fr = r;
				fc = c;
				break search;
			}
		}
	}
	sys->print("first zero at (%d,%d)\n", fr, fc);

	sum := 0;
rows:
	for(r = 0; r < len grid; r++){
		for(c := 0; c < len grid[r]; c++){
			if(grid[r][c] == 0)
				continue rows;
			sum += grid[r][c];
		}
		sys->print("row %d complete\n", r);
	}
	sys->print("sum before zeros %d\n", sum);

	# collatz with do-while
	for(n := 6; n <= 9; n++){
		v := n;
		steps := 0;
		do {
			if(v % 2 == 0)
				v /= 2;
			else
				v = 3*v + 1;
			steps++;
		} while(v != 1);
		sys->print("collatz(%d) = %d steps\n", n, steps);
	}

	# pythagorean triples, outer label continue
	found := 0;
outer:
	for(a := 1; a < 30; a++){
		for(b := a; b < 30; b++){
			for(c := b; c < 40; c++){
				if(a*a + b*b == c*c){
					sys->print("triple %d %d %d\n", a, b, c);
					found++;
					if(found == 6)
						break outer;
					continue outer;
				}
			}
		}
	}
	k := 0;
	while(1){
		k++;
		if(k*k > 200)
			break;
	}
	sys->fprint(sys->fildes(2), "first k with k*k > 200: %d\n", k);
}
