implement DivMod;

include "sys.m";
	sys: Sys;
include "draw.m";

DivMod: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

fails := 0;

expect(what: string, got, want: int)
{
	if(got != want){
		sys->print("FAIL %s: got %d want %d\n", what, got, want);
		fails++;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== division and modulus with signs ==\n");
	nums := array[] of {7, -7, 13, -13, 0, 1, -1, 100};
	dens := array[] of {2, -2, 3, -3, 5, -5};
	for(i := 0; i < len nums; i++){
		for(j := 0; j < len dens; j++){
			a := nums[i];
			d := dens[j];
			q := a / d;
			r := a % d;
			sys->print("%4d / %2d = %3d   %4d %% %2d = %3d\n", a, d, q, a, d, r);
			expect("identity", q*d + r, a);
		}
	}
	sys->print("== constant folding agrees ==\n");
	expect("-7/2", -7/2, -3);
	expect("-7%2", -7%2, -1);
	expect("7/-2", 7/-2, -3);
	expect("7%-2", 7%-2, 1);
	expect("-7/-2", -7/-2, 3);
	expect("-7%-2", -7%-2, -1);
	sys->print("== big ==\n");
	bn := array[] of {big 1000000000007, big -1000000000007};
	bd := array[] of {big 10, big -10, big 1000003};
	for(i = 0; i < len bn; i++)
		for(j := 0; j < len bd; j++)
			sys->print("%bd / %bd = %bd rem %bd\n", bn[i], bd[j], bn[i]/bd[j], bn[i]%bd[j]);
	sys->print("== byte (unsigned) ==\n");
	b1 := byte 250;
	b2 := byte 7;
	sys->print("250/7 = %d  250%%7 = %d\n", int (b1/b2), int (b1%b2));
	sys->print("== int min ==\n");
	mn := -2147483647 - 1;
	sys->print("min/1 = %d  min%%3 = %d\n", mn/1, mn%3);
	sys->print("== real ==\n");
	sys->print("-7.0/2.0 = %g\n", -7.0/2.0);
	sys->print("7.5/-2.5 = %g\n", 7.5/-2.5);
	x := 1.0;
	y := 3.0;
	sys->print("1/3 = %.10f\n", x/y);
	d := 7;
	d /= -2;
	sys->print("7 /= -2 -> %d\n", d);
	d = -23;
	d %= 5;
	sys->print("-23 %%= 5 -> %d\n", d);
	if(fails == 0)
		sys->print("all identities hold\n");
	else
		sys->print("%d failures\n", fails);
}
