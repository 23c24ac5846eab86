implement RuntimeExc;

include "sys.m";
	sys: Sys;
include "draw.m";

RuntimeExc: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Thing: adt {
	v: int;
};

try(n: int): string
{
	{
		case n {
		0 =>
			na: array of int;
			return string na[0];
		1 =>
			a := array[3] of int;
			i := 3;
			return string a[i];
		2 =>
			t: ref Thing;
			return string t.v;
		3 =>
			l: list of int;
			return string hd l;
		4 =>
			s := "abc";
			return s[5:];
		5 =>
			sz := -1;
			a := array[sz] of int;
			return string len a;
		6 =>
			s := "abc";
			return string s[-1];
		7 =>
			raise "user:custom";
		8 =>
			s := "abcdef";
			j := 4;
			return s[j:j-1];
		* =>
			return "ok " + string n;
		}
	} exception e {
	"user:*" =>
		return "user exception <" + e + ">";
	"*" =>
		return "runtime <" + e + ">";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i <= 9; i++)
		sys->print("%d: %s\n", i, try(i));
	# handler in a loop: each iteration independent
	total := 0;
	for(i = -2; i <= 2; i++){
		{
			total += 100 / i;
		} exception {
		"*" =>
			sys->print("skipped i=%d\n", i);
		}
	}
	sys->print("total=%d\n", total);
}
