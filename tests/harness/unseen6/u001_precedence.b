implement Prec;

include "sys.m";
	sys: Sys;
include "draw.m";

Prec: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

show(label: string, v: int)
{
	sys->print("%-22s = %d\n", label, v);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := 7;
	b := 3;
	c := 2;
	show("a-b-c", a-b-c);
	show("100/b/c", 100/b/c);
	show("a-b*c", a-b*c);
	show("1<<c+1", 1<<c+1);
	show("a&b|c", a&b|c);
	show("a|b^c&a", a|b^c&a);
	show("a==7&&b<c||c==2", a==7&&b<c||c==2);
	show("c**3**2", c**3**2);
	show("-c**2", -c**2);
	show("~a&15", ~a&15);
	show("a%b*c", a%b*c);
	show("-a%b", -a%b);
	show("-a/b", -a/b);
	show("a%-b", a%-b);
	show("a<b==c<a", a<b==c<a);
	show("!a==0", !a==0);
	show("a>>1<<1", a>>1<<1);
	show("a+b<<c-1", a+b<<c-1);
	x := 0;
	y := 0;
	x = y = a*b;
	show("x after x=y=a*b", x);
	x += y -= 10;
	show("x after x+=y-=10", x);
	show("y", y);
	x = 1;
	x <<= b+1;
	show("x<<=b+1", x);
	r := 10.0 - 4.0 / 2.0 * 3.0;
	sys->print("%-22s = %g\n", "10-4/2*3 real", r);
	r2 := 2.0 ** 3;
	sys->print("%-22s = %g\n", "2.0**3", r2);
	s := "ab" + "cd" + string (a+b);
	sys->print("%-22s = %s\n", "string concat", s);
}
