implement NumFmt;

include "sys.m";
	sys: Sys;
include "draw.m";

NumFmt: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

commas(n: big): string
{
	neg := n < big 0;
	s := string n;
	if(neg)
		s = s[1:];
	r := "";
	for(i := 0; i < len s; i++){
		if(i > 0 && (len s - i) % 3 == 0)
			r += ",";
		r[len r] = s[i];
	}
	if(neg)
		r = "-" + r;
	return r;
}

roman(n: int): string
{
	vals := array[] of {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
	syms := array[] of {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
	if(n <= 0 || n >= 4000)
		return "?";
	r := "";
	for(i := 0; i < len vals; i++)
		while(n >= vals[i]){
			r += syms[i];
			n -= vals[i];
		}
	return r;
}

ones := array[] of {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
tens := array[] of {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

words(n: int): string
{
	if(n < 0)
		return "minus " + words(-n);
	if(n < 20)
		return ones[n];
	if(n < 100){
		if(n % 10 == 0)
			return tens[n/10];
		return tens[n/10] + "-" + ones[n%10];
	}
	if(n < 1000){
		r := ones[n/100] + " hundred";
		if(n % 100 != 0)
			r += " and " + words(n % 100);
		return r;
	}
	if(n < 1000000){
		r := words(n/1000) + " thousand";
		if(n % 1000 != 0)
			r += " " + words(n % 1000);
		return r;
	}
	r := words(n/1000000) + " million";
	if(n % 1000000 != 0)
		r += " " + words(n % 1000000);
	return r;
}

binary(n: int, width: int): string
{
	r := "";
	for(i := width - 1; i >= 0; i--){
		if((n >> i) & 1)
			r += "1";
		else
			r += "0";
	}
	return r;
}

human(n: big): string
{
	units := array[] of {"B", "KiB", "MiB", "GiB", "TiB"};
	x := real n;
	u := 0;
	while(x >= 1024.0 && u < len units - 1){
		x /= 1024.0;
		u++;
	}
	if(u == 0)
		return sys->sprint("%bd %s", n, units[u]);
	return sys->sprint("%.1f %s", x, units[u]);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bigs := array[] of {big 0, big 7, big 999, big 1000, big -1234, big 1000000, big 9876543210, big -9223372036854775807};
	for(i := 0; i < len bigs; i++)
		sys->print("%25bd  %s\n", bigs[i], commas(bigs[i]));
	rs := array[] of {1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000};
	for(i = 0; i < len rs; i++)
		sys->print("%4d = %s\n", rs[i], roman(rs[i]));
	ws := array[] of {0, 13, 21, 40, 105, 999, 1001, 12345, 1000000, 7654321, -8};
	for(i = 0; i < len ws; i++)
		sys->print("%d: %s\n", ws[i], words(ws[i]));
	for(i = 0; i < 6; i++)
		sys->print("%2d %s %s\n", i * 37, binary(i * 37, 8), binary(-i, 8));
	sizes := array[] of {big 512, big 1024, big 1536, big 1048576, big 123456789, big 1 << 41};
	for(i = 0; i < len sizes; i++)
		sys->print("%bd -> %s\n", sizes[i], human(sizes[i]));
}
