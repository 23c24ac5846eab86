#args: 1994 MCMXCIV 3999 iiii 0 xlii 2024 MMXXIV VX abc
implement Roman;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

Roman: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

vals := array[] of {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
syms := array[] of {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

BadRoman: exception(string);

toroman(n: int): string
{
	if(n <= 0 || n >= 4000)
		return nil;
	s := "";
	for(i := 0; i < len vals; i++)
		while(n >= vals[i]){
			s += syms[i];
			n -= vals[i];
		}
	return s;
}

digit(c: int): int
{
	case c {
	'I' => return 1;
	'V' => return 5;
	'X' => return 10;
	'L' => return 50;
	'C' => return 100;
	'D' => return 500;
	'M' => return 1000;
	}
	return 0;
}

fromroman(s: string): int raises (BadRoman)
{
	s = str->toupper(s);
	total := 0;
	for(i := 0; i < len s; i++){
		v := digit(s[i]);
		if(v == 0)
			raise BadRoman(sys->sprint("bad numeral %c", s[i]));
		if(i+1 < len s && digit(s[i+1]) > v)
			total -= v;
		else
			total += v;
	}
	# canonical form check
	if(toroman(total) != s)
		raise BadRoman(sys->sprint("non-canonical, means %d = %s", total, toroman(total)));
	return total;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	for(args = tl args; args != nil; args = tl args){
		a := hd args;
		if(str->in(a[0], "0-9")){
			(n, rest) := str->toint(a, 10);
			r := toroman(n);
			if(rest != nil || r == nil)
				sys->print("%-8s -> out of range\n", a);
			else
				sys->print("%-8s -> %s\n", a, r);
			continue;
		}
		{
			sys->print("%-8s -> %d\n", a, fromroman(a));
		} exception e {
		BadRoman =>
			sys->print("%-8s -> error: %s\n", a, e);
		}
	}
	# round trip everything
	bad := 0;
	longest := "";
	for(i := 1; i < 4000; i++){
		r := toroman(i);
		if(len r > len longest)
			longest = r;
		{
			if(fromroman(r) != i)
				bad++;
		} exception {
		BadRoman =>
			bad++;
		}
	}
	sys->print("round trip 1..3999: %d failures; longest %s (%d chars) = %d\n",
		bad, longest, len longest, fromroman(longest));
}
