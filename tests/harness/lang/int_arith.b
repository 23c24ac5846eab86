implement IntArith;

include "sys.m";
	sys: Sys;
include "draw.m";

IntArith: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	max := 16r7fffffff;
	min := -max - 1;
	sys->print("max+1 %d\n", max + 1);
	sys->print("min-1 %d\n", min - 1);
	sys->print("-min %d\n", -min);
	sys->print("max*2 %d\n", max * 2);
	sys->print("max*max %d\n", max * max);
	sys->print("65536*65536 %d\n", 65536 * int "65536");
	sys->print("123456789*1000 %d\n", 123456789 * int "1000");
	vals := array[] of {7, -7, 0, 1, -1, 13, max, min};
	divs := array[] of {3, -3, 1, -1, 7, 2};
	for(i := 0; i < len vals; i++)
		for(j := 0; j < len divs; j++){
			a := vals[i];
			b := divs[j];
			if(a == min && b == -1)
				continue;
			sys->print("%d/%d=%d %d%%%d=%d\n", a, b, a / b, a, b, a % b);
		}
	x := 5;
	x += 3; sys->print("+= %d\n", x);
	x -= 10; sys->print("-= %d\n", x);
	x *= -7; sys->print("*= %d\n", x);
	x /= 3; sys->print("/= %d\n", x);
	x %= 3; sys->print("%%= %d\n", x);
	x = max;
	x++; sys->print("++ wraps %d\n", x);
	x--; sys->print("-- wraps %d\n", x);
	y := x++ + 1;
	sys->print("post %d %d\n", x, y);
	z := 2;
	sys->print("pow %d %d %d %d\n", z ** 10, z ** 31, z ** 32, 3 ** 0);
	sys->print("pow neg %d %d %d\n", z ** -1, 1 ** -5, (-1) ** -3);
	sys->print("pow big %bd\n", big 3 ** 40);
	sys->print("unary %d %d %d\n", - -5, -(3 - 10), +4);
	sys->print("prec %d %d %d\n", 2 + 3 * 4, (2 + 3) * 4, 10 - 4 - 3);
	sys->print("prec2 %d %d\n", 100 / 10 / 5, 2 ** 3 ** 2);
	sys->print("mixed %d\n", -7 / 2 * 2 + -7 % 2);
}
