#args: 16rff 2r101101 8r777 255 36rINFERNO 10r42 -16r80 7r66 3r22 2r102 40r1
implement Radix;

include "sys.m";
	sys: Sys;
include "draw.m";

Radix: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

digits := "0123456789abcdefghijklmnopqrstuvwxyz";

tobase(v: big, base: int): string
{
	if(v == big 0)
		return "0";
	neg := v < big 0;
	if(neg)
		v = -v;
	s := "";
	b := big base;
	while(v > big 0){
		s[len s] = digits[int (v % b)];
		v /= b;
	}
	if(neg)
		s[len s] = '-';
	# reverse in place
	for(i := 0; i < len s / 2; i++)
		(s[i], s[len s - 1 - i]) = (s[len s - 1 - i], s[i]);
	return s;
}

# parse Limbo-style radix literal: [-]BASErDIGITS, or plain decimal
parse(s: string): (big, int, string)
{
	neg := 0;
	if(s != "" && s[0] == '-'){
		neg = 1;
		s = s[1:];
	}
	base := 10;
	for(i := 0; i < len s; i++)
		if(s[i] == 'r' || s[i] == 'R'){
			base = int s[0:i];
			s = s[i+1:];
			break;
		}
	if(base < 2 || base > 36)
		return (big 0, base, "bad base " + string base);
	v := big 0;
	for(i = 0; i < len s; i++){
		c := s[i];
		if(c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		d := 0;
		for(d = 0; d < base; d++)
			if(digits[d] == c)
				break;
		if(d == base)
			return (big 0, base, sys->sprint("digit %c not valid in base %d", s[i], base));
		v = v * big base + big d;
	}
	if(neg)
		v = -v;
	return (v, base, nil);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bases := array[] of {2, 8, 16, 36};
	# per input radix: how many values and their sum
	count := array[37] of {* => 0};
	sum := array[37] of {* => big 0};
	k: int;

	sys->print("%-14s %14s %-24s %-8s %-6s %s\n", "input", "decimal", "binary", "octal", "hex", "base36");
	for(a := tl argv; a != nil; a = tl a){
		(v, base, err) := parse(hd a);
		if(err != nil){
			sys->fprint(sys->fildes(2), "%s: %s\n", hd a, err);
			continue;
		}
		count[base]++;
		sum[base] += v;
		line := sys->sprint("%-14s %14bd", hd a, v);
		for(k = 0; k < len bases; k++){
			w := 8;
			case bases[k] {
			2 => w = 24;
			16 or 36 => w = 6;
			}
			if(k == len bases - 1)
				line += " " + tobase(v, bases[k]);
			else
				line += sys->sprint(" %-*s", w, tobase(v, bases[k]));
		}
		sys->print("%s\n", line);
	}
	sys->print("literal check: 16rff=%d 2r1011=%d 8r777=%d 36rz=%d\n", 16rff, 2r1011, 8r777, 36rz);

	sys->print("\naverage value by input radix:\n");
	for(b := 2; b <= 36; b++)
		if(count[b] > 0)
			sys->print("  base %2d: %d value(s), mean %bd\n", b, count[b], sum[b] / big count[b]);
	sys->print("  hex share of inputs: %d%%\n", 100 * count[16] / (count[2] + count[8] + count[16]));
	# how often did each output base appear as an input base?
	for(k = 0; k <= len bases; k++)
		sys->print("  output base %d was an input base %d time(s)\n", bases[k], count[bases[k]]);
}
