#args: 1994 2024 3999 4 0 49 MCMXCIV MMXXIV IIII XLIX IC 0x1F 0b101101 0o777 255 0x1G lxv
implement Numerals;

include "sys.m";
	sys: Sys;
include "draw.m";

Numerals: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Sym: adt {
	v:	int;
	s:	string;
};

syms := array[] of {
	Sym(1000, "M"), Sym(900, "CM"), Sym(500, "D"), Sym(400, "CD"),
	Sym(100, "C"), Sym(90, "XC"), Sym(50, "L"), Sym(40, "XL"),
	Sym(10, "X"), Sym(9, "IX"), Sym(5, "V"), Sym(4, "IV"), Sym(1, "I"),
};

toroman(n: int): string
{
	if(n <= 0 || n >= 4000)
		raise "range";
	s := "";
	for(i := 0; i < len syms; i++)
		while(n >= syms[i].v){
			s += syms[i].s;
			n -= syms[i].v;
		}
	return s;
}

rval(c: int): int
{
	case c {
	'I' =>	return 1;
	'V' =>	return 5;
	'X' =>	return 10;
	'L' =>	return 50;
	'C' =>	return 100;
	'D' =>	return 500;
	'M' =>	return 1000;
	}
	return 0;
}

fromroman(s: string): int
{
	n := 0;
	for(i := 0; i < len s; i++){
		v := rval(s[i]);
		if(v == 0)
			raise "bad digit";
		if(i+1 < len s && rval(s[i+1]) > v)
			n -= v;
		else
			n += v;
	}
	# only accept the canonical spelling
	if(n <= 0 || n >= 4000 || toroman(n) != s)
		raise "not canonical";
	return n;
}

digits := "0123456789abcdefghijklmnopqrstuvwxyz";

tobase(n, b: int): string
{
	if(n == 0)
		return "0";
	neg := n < 0;
	if(neg)
		n = -n;
	s := "";
	while(n > 0){
		s = digits[n%b:n%b+1] + s;
		n /= b;
	}
	if(neg)
		s = "-" + s;
	return s;
}

frombase(s: string, b: int): int
{
	if(s == "")
		raise "empty";
	n := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		d := -1;
		for(k := 0; k < b; k++)
			if(digits[k] == c)
				d = k;
		if(d < 0)
			raise sys->sprint("bad digit '%c' for base %d", s[i], b);
		n = n*b + d;
	}
	return n;
}

parse(a: string): (int, string)
{
	if(len a > 2 && a[0] == '0'){
		case a[1] {
		'x' =>	return (frombase(a[2:], 16), "hex");
		'b' =>	return (frombase(a[2:], 2), "binary");
		'o' =>	return (frombase(a[2:], 8), "octal");
		}
	}
	if(a[0] >= '0' && a[0] <= '9')
		return (frombase(a, 10), "decimal");
	return (fromroman(a), "roman");
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	for(args = tl args; args != nil; args = tl args){
		a := hd args;
		{
			(n, kind) := parse(a);
			r := "-";
			{
				r = toroman(n);
			} exception {
			"range" =>
				r = "(none)";
			}
			sys->print("%-10s %-7s = %5d  roman %-12s hex %-5s oct %-6s bin %s b36 %s\n",
				a, kind, n, r, tobase(n, 16), tobase(n, 8), tobase(n, 2), tobase(n, 36));
		} exception e {
		"*" =>
			sys->print("%-10s error: %s\n", a, e);
		}
	}
	# self-check every roman numeral
	bad := 0;
	longest := "";
	for(i := 1; i < 4000; i++){
		s := toroman(i);
		if(fromroman(s) != i)
			bad++;
		if(len s > len longest)
			longest = s;
	}
	sys->print("roman round trip failures: %d; longest %s (%d) = %d\n", bad, longest, len longest, fromroman(longest));
	sys->print("base round trips:");
	for(b := 2; b <= 36; b += 7)
		sys->print(" %d:%s", b, tobase(frombase(tobase(-123456, b)[1:], b), b));
	sys->print("\n");
}
