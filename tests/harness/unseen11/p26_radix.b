#args: 255 -255 1000000 16rff 0x1f 2r1011 -2147483648 abc 12abc
implement Radix;

include "sys.m";
	sys: Sys;
include "draw.m";

Radix: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

DIGITS: con "0123456789abcdefghijklmnopqrstuvwxyz";

tobase(v: big, base: int): string
{
	if(v == big 0)
		return "0";
	neg := v < big 0;
	s := "";
	while(v != big 0){
		d := int (v % big base);
		if(d < 0)
			d = -d;	# remainder is negative for negative v
		s[len s] = DIGITS[d];
		v /= big base;
	}
	if(neg)
		s[len s] = '-';
	return reverse(s);
}

reverse(s: string): string
{
	r := "";
	for(i := len s - 1; i >= 0; i--)
		r[len r] = s[i];
	return r;
}

# base -2: every integer has a sign-free representation
negabinary(v: int): string
{
	if(v == 0)
		return "0";
	s := "";
	while(v != 0){
		r := v % -2;
		v /= -2;
		if(r < 0){
			r += 2;
			v++;
		}
		s[len s] = '0' + r;
	}
	return reverse(s);
}

# balanced ternary with digits -,0,+
balanced3(v: int): string
{
	if(v == 0)
		return "0";
	s := "";
	while(v != 0){
		r := v % 3;
		v /= 3;
		if(r == 2 || r == -1){
			s[len s] = '-';
			v += (r + 1) / 3;	# r=2 carries one, r=-1 carries none
		}else if(r == -2){
			s[len s] = '+';
			v--;
		}else
			s[len s] = "0+"[r];
	}
	return reverse(s);
}

frombase(s: string, base: int): (big, int)
{
	v := big 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		d := 99;
		if(c >= '0' && c <= '9')
			d = c - '0';
		else if(c >= 'a' && c <= 'z')
			d = c - 'a' + 10;
		if(d >= base)
			return (v, i);
		v = v * big base + big d;
	}
	return (v, len s);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	for(argv = tl argv; argv != nil; argv = tl argv){
		a := hd argv;
		v := int a;
		sys->print("%-12s int=%d big=%bd\n", a, v, big a);
		sys->print("    %%x=%x %%ux=%ux %%o=%o %%X=%X\n", v, v, v, v);
		sys->print("    b2=%s b7=%s b36=%s\n", tobase(big v, 2), tobase(big v, 7), tobase(big v, 36));
		if(v > -100000 && v < 100000)
			sys->print("    negabinary=%s balanced-ternary=%s\n", negabinary(v), balanced3(v));
	}
	words := array[] of {"zz", "inferno", "limbo", "dis"};
	for(i := 0; i < len words; i++){
		(n, used) := frombase(words[i], 36);
		sys->print("%s in base 36 = %bd (used %d chars) back=%s\n", words[i], n, used, tobase(n, 36));
	}
	(n, used) := frombase("777", 8);
	sys->print("777 octal = %bd; \"1289\" as octal stops after %d chars\n", n, (frombase("1289", 8)).t1);
	if(used != 3)
		sys->print("unexpected\n");
	sys->print("max big in base 36: %s\n", tobase(big 16r7fffffffffffffff, 36));
	sys->print("min big in base 16: %s\n", tobase(big 1 << 63, 16));
}
