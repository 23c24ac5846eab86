implement Factor;

include "sys.m";
	sys: Sys;
include "draw.m";

Factor: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Pf: adt {
	p:	big;
	e:	int;
};

factor(n: big): list of Pf
{
	l: list of Pf;
	if(n < big 2)
		return nil;
	for(d := big 2; d*d <= n; ){
		e := 0;
		while(n % d == big 0){
			n /= d;
			e++;
		}
		if(e > 0)
			l = Pf(d, e) :: l;
		if(d == big 2)
			d = big 3;
		else
			d += big 2;
	}
	if(n > big 1)
		l = Pf(n, 1) :: l;
	r: list of Pf;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

fmt(l: list of Pf): string
{
	s := "";
	for(; l != nil; l = tl l){
		f := hd l;
		if(s != "")
			s += " * ";
		s += string f.p;
		if(f.e > 1)
			s += "^" + string f.e;
	}
	return s;
}

check(n: big, l: list of Pf): int
{
	p := big 1;
	for(; l != nil; l = tl l){
		f := hd l;
		for(i := 0; i < f.e; i++)
			p *= f.p;
	}
	return p == n;
}

divisors(l: list of Pf): big
{
	d := big 1;
	for(; l != nil; l = tl l)
		d *= big ((hd l).e + 1);
	return d;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	nums := array[] of {
		"1", "2", "12", "97", "360", "1001", "65536", "999999",
		"600851475143", "9007199254740993", "123456789012", "4294967297",
	};
	for(i := 0; i < len nums; i++){
		n := big nums[i];
		l := factor(n);
		ok := "ok";
		if(n > big 1 && !check(n, l))
			ok = "BAD";
		sys->print("%s = %s [%bd divisors] %s\n", nums[i], fmt(l), divisors(l), ok);
	}
	# perfect numbers below 10000, via sum of divisors
	sys->print("perfect:");
	for(k := 2; k < 10000; k++){
		s := 1;
		for(d := 2; d*d <= k; d++)
			if(k % d == 0){
				s += d;
				if(d*d != k)
					s += k/d;
			}
		if(s == k)
			sys->print(" %d", k);
	}
	sys->print("\n");
}
