#args: 4539578763621486 4539578763621487 0306406152 0-306-40615-X 9780306406157 GB82WEST12345698765432 GB82WEST12345698765431 79927398713
implement CheckDigits;

include "sys.m";
	sys: Sys;
include "draw.m";

CheckDigits: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

strip(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++)
		if(s[i] != '-' && s[i] != ' ')
			r[len r] = s[i];
	return r;
}

alldigits(s: string): int
{
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return 0;
	return len s > 0;
}

luhn(s: string): int
{
	sum := 0;
	dbl := 0;
	for(i := len s - 1; i >= 0; i--){
		d := s[i] - '0';
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
	for(i := 0; i < 10; i++){
		d: int;
		if(i == 9 && (s[i] == 'X' || s[i] == 'x'))
			d = 10;
		else if(s[i] >= '0' && s[i] <= '9')
			d = s[i] - '0';
		else
			return 0;
		sum += (10 - i) * d;
	}
	return sum % 11 == 0;
}

isbn13(s: string): int
{
	sum := 0;
	for(i := 0; i < 13; i++){
		w := 1;
		if(i & 1)
			w = 3;
		sum += w * (s[i] - '0');
	}
	return sum % 10 == 0;
}

# IBAN: move 4 chars to the end, letters become 10..35, value mod 97 must be 1
iban(s: string): int
{
	s = s[4:] + s[0:4];
	r := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= '0' && c <= '9')
			r = (r * 10 + c - '0') % 97;
		else if(c >= 'A' && c <= 'Z')
			r = (r * 100 + c - 'A' + 10) % 97;
		else
			return 0;
	}
	return r == 1;
}

check(arg: string): (string, int)
{
	s := strip(arg);
	if(len s == 10 && alldigits(s[0:9]))
		return ("isbn-10", isbn10(s));
	if(len s == 13 && alldigits(s))
		return ("isbn-13", isbn13(s));
	if(len s > 4 && s[0] >= 'A' && s[0] <= 'Z')
		return ("iban", iban(s));
	if(alldigits(s))
		return ("luhn", luhn(s));
	return ("unknown", 0);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bad := 0;
	for(argv = tl argv; argv != nil; argv = tl argv){
		(kind, ok) := check(hd argv);
		verdict := "valid";
		if(!ok){
			verdict = "INVALID";
			bad++;
			sys->fprint(sys->fildes(2), "checkdigits: %s fails %s check\n", hd argv, kind);
		}
		sys->print("%-26s %-8s %s\n", hd argv, kind, verdict);
	}
	if(bad)
		raise sys->sprint("fail:%d invalid", bad);
	sys->print("all valid\n");
}
