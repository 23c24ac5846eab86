#args: 1994 MMXXIV 4 iv 3999 0 IIII MCMXC XLII 12abc
implement Roman;

include "sys.m";
	sys: Sys;
include "draw.m";

Roman: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Sym: adt {
	s:	string;
	v:	int;
};

syms := array[] of {
	Sym("M", 1000), Sym("CM", 900), Sym("D", 500), Sym("CD", 400),
	Sym("C", 100), Sym("XC", 90), Sym("L", 50), Sym("XL", 40),
	Sym("X", 10), Sym("IX", 9), Sym("V", 5), Sym("IV", 4), Sym("I", 1),
};

toroman(n: int): string
{
	if(n <= 0 || n >= 4000)
		raise "range: " + string n;
	r := "";
	for(i := 0; i < len syms; i++)
		while(n >= syms[i].v){
			r += syms[i].s;
			n -= syms[i].v;
		}
	return r;
}

value(c: int): int
{
	case c {
	'I' or 'i' => return 1;
	'V' or 'v' => return 5;
	'X' or 'x' => return 10;
	'L' or 'l' => return 50;
	'C' or 'c' => return 100;
	'D' or 'd' => return 500;
	'M' or 'm' => return 1000;
	}
	return 0;
}

fromroman(s: string): int
{
	total := 0;
	for(i := 0; i < len s; i++){
		v := value(s[i]);
		if(v == 0)
			raise sys->sprint("bad numeral %c at %d", s[i], i);
		if(i+1 < len s && value(s[i+1]) > v)
			total -= v;
		else
			total += v;
	}
	# insist on canonical form
	upper := "";
	for(i = 0; i < len s; i++){
		c := s[i];
		if(c >= 'a')
			c -= 'a' - 'A';
		upper[len upper] = c;
	}
	if(toroman(total) != upper)
		raise "noncanonical: " + s + " (use " + toroman(total) + ")";
	return total;
}

isnumber(s: string): int
{
	if(s == "")
		return 0;
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	ok := 0;
	bad := 0;
	for(argv = tl argv; argv != nil; argv = tl argv){
		a := hd argv;
		{
			if(isnumber(a))
				sys->print("%6s => %s\n", a, toroman(int a));
			else if(len a > 0 && value(a[0]) == 0)
				sys->print("%6s => int conversion gives %d\n", a, int a);
			else
				sys->print("%6s => %d\n", a, fromroman(a));
			ok++;
		} exception e {
		"range:*" =>
			sys->fprint(sys->fildes(2), "%6s: out of range (%s)\n", a, e);
			bad++;
		"*" =>
			sys->fprint(sys->fildes(2), "%6s: %s\n", a, e);
			bad++;
		}
	}
	sys->print("%d converted, %d rejected\n", ok, bad);
	line := "";
	for(y := 1990; y <= 2030; y += 8)
		line += sys->sprint(" %d=%s", y, toroman(y));
	sys->print("years:%s\n", line);
}
