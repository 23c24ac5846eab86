implement Roman;

include "sys.m";
	sys: Sys;
include "draw.m";

Roman: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

table := array[] of {
	(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
	(100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
	(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
};

toroman(n: int): string
{
	if(n <= 0 || n >= 4000)
		raise "range: " + string n;
	r := "";
	for(i := 0; i < len table; i++){
		(v, s) := table[i];
		while(n >= v){
			r += s;
			n -= v;
		}
	}
	return r;
}

value(c: int): int
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
	raise sys->sprint("bad numeral '%c'", c);
}

fromroman(s: string): (int, string)
{
	total := 0;
	{
		for(i := 0; i < len s; i++){
			v := value(s[i]);
			if(i + 1 < len s && v < value(s[i+1]))
				total -= v;
			else
				total += v;
		}
	} exception e {
		"bad*" =>
			return (-1, e);
	}
	# reject non-canonical forms
	if(toroman(total) != s)
		return (total, "non-canonical, expected " + toroman(total));
	return (total, nil);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	nums := array[] of {1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999};
	for(i := 0; i < len nums; i++){
		r := toroman(nums[i]);
		(back, err) := fromroman(r);
		sys->print("%4d = %-12s back %d %s\n", nums[i], r, back, err);
	}
	inputs := array[] of {"XLII", "IIII", "MCMXC", "ABC", "IC", "mmx"};
	for(i = 0; i < len inputs; i++){
		(v, err) := fromroman(inputs[i]);
		if(err == nil)
			sys->print("%s -> %d\n", inputs[i], v);
		else
			sys->print("%s -> %d (%s)\n", inputs[i], v, err);
	}
	for(k := 0; k <= 4000; k += 4000){
		{
			sys->print("%s\n", toroman(k));
		} exception e {
			"range:*" =>
				sys->fprint(sys->fildes(2), "out of range: %s\n", e[7:]);
		}
	}
}
