#args: 1 2 97 360 65536 999999 600851475143 9007199254740993 -5 12x
implement Factor;

include "sys.m";
	sys: Sys;
include "draw.m";

Factor: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

# wheel increments after 2, 3, 5
wheel := array[] of {4, 2, 4, 2, 4, 6, 2, 6};

Pf: adt {
	p:	big;
	e:	int;
};

factor(n: big): list of Pf
{
	fl: list of Pf;
	for(p := big 2; p <= big 5; p++){
		if(p == big 4)
			continue;
		e := 0;
		while(n % p == big 0){
			n /= p;
			e++;
		}
		if(e)
			fl = Pf(p, e) :: fl;
	}
	d := big 7;
	for(i := 0; d*d <= n; i = (i+1) % len wheel){
		e := 0;
		while(n % d == big 0){
			n /= d;
			e++;
		}
		if(e)
			fl = Pf(d, e) :: fl;
		d += big wheel[i];
	}
	if(n > big 1)
		fl = Pf(n, 1) :: fl;
	# reverse into ascending order
	r: list of Pf;
	for(; fl != nil; fl = tl fl)
		r = hd fl :: r;
	return r;
}

parse(s: string): (big, string)
{
	if(s == nil)
		return (big 0, "empty");
	n := big 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c < '0' || c > '9')
			return (big 0, sys->sprint("bad character '%c'", c));
		n = n*big 10 + big (c - '0');
	}
	return (n, nil);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);

	argv = tl argv;
	if(argv == nil){
		sys->fprint(stderr, "usage: factor number ...\n");
		raise "fail:usage";
	}
	bad := 0;
	for(; argv != nil; argv = tl argv){
		(n, err) := parse(hd argv);
		if(err != nil){
			sys->fprint(stderr, "factor: %s: %s\n", hd argv, err);
			bad++;
			continue;
		}
		if(n < big 2){
			sys->print("%bd\n", n);
			continue;
		}
		fl := factor(n);
		s := "";
		ndiv := big 1;
		sigma := big 1;
		for(l := fl; l != nil; l = tl l){
			f := hd l;
			if(s != nil)
				s += " * ";
			s += string f.p;
			if(f.e > 1)
				s += "^" + string f.e;
			ndiv *= big (f.e + 1);
			pk := big 1;
			sum := big 0;
			for(k := 0; k <= f.e; k++){
				sum += pk;
				pk *= f.p;
			}
			sigma *= sum;
		}
		kind := "composite";
		if(len fl == 1 && (hd fl).e == 1)
			kind = "prime";
		else if(sigma - n == n)
			kind = "perfect";
		sys->print("%bd = %s\t[%s, %bd divisors, sigma %bd]\n", n, s, kind, ndiv, sigma);
	}
	# perfect numbers under 10000 as a cross-check
	sys->print("perfect:");
	for(i := 2; i < 10000; i++){
		sig := big 1;
		for(l := factor(big i); l != nil; l = tl l){
			(p, e) := hd l;
			t := big 1;
			pk := big 1;
			for(; e > 0; e--){
				pk *= p;
				t += pk;
			}
			sig *= t;
		}
		if(sig == big (2*i))
			sys->print(" %d", i);
	}
	sys->print("\n");
	if(bad)
		sys->fprint(stderr, "factor: %d bad argument(s)\n", bad);
}
