implement Verify;

include "sys.m";
	sys: Sys;
include "draw.m";

Verify: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

# Luhn and ISBN-10 check digit verification of a batch; the batch fails as a whole.

luhn(s: string): int
{
	sum := 0;
	dbl := 0;
	for(i := len s - 1; i >= 0; i--){
		c := s[i];
		if(c == ' ')
			continue;
		if(c < '0' || c > '9')
			return 0;
		d := c - '0';
		if(dbl){
			d *= 2;
			if(d > 9)
				d -= 9;
		}
		sum += d;
		dbl = !dbl;
	}
	return sum % 10 == 0;
}

isbn10(s: string): int
{
	sum := 0;
	n := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		v: int;
		case c {
		'-' => continue;
		'0' to '9' => v = c - '0';
		'X' or 'x' =>
			if(n != 9)
				return 0;
			v = 10;
		* => return 0;
		}
		n++;
		sum += v * (11 - n);
	}
	return n == 10 && sum % 11 == 0;
}

Check: type (string, string);

verdicts := array[] of {"BAD", "ok"};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	batch: array of Check;
	batch = array[] of {
		("luhn", "4539 1488 0343 6467"),
		("luhn", "8273 1232 7352 0569"),
		("isbn", "0-306-40615-2"),
		("isbn", "0-8044-2957-X"),
		("luhn", "79927398713"),
		("isbn", "0-306-40615-3"),
		("luhn", "1234"),
	};
	bad := 0;
	fns := array[] of {("luhn", luhn), ("isbn", isbn10)};
	for(i := 0; i < len batch; i++){
		(kind, s) := batch[i];
		f: ref fn(s: string): int;
		for(k := 0; k < len fns; k++)
			if(fns[k].t0 == kind)
				f = fns[k].t1;
		r := f(s);
		if(!r)
			bad++;
		sys->print("%-4s %-22s %s\n", kind, s, verdicts[r]);
	}
	sys->print("%d of %d failed\n", bad, len batch);
	if(bad > 0)
		raise sys->sprint("fail:%d bad check digits", bad);
	sys->print("all good\n");
}
