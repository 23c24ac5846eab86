implement RuntimeErrors;

include "sys.m";
	sys: Sys;
include "draw.m";

RuntimeErrors: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Node: adt {
	val:	int;
	next:	ref Node;
};

# each test returns normally or raises a runtime error
test(k: int): string
{
	a := array[4] of {10, 20, 30, 40};
	case k {
	0 =>
		i := len a;
		return string a[i];
	1 =>
		i := -1;
		return string a[i];
	2 =>
		n := ref Node(1, nil);
		return string n.next.val;
	3 =>
		z := 0;
		return string (100 / z);
	4 =>
		s := "hey";
		return sys->sprint("%c", s[3]);
	5 =>
		lo := 3;
		hi := 2;
		b := a[lo:hi];
		return string len b;
	6 =>
		n := -1;
		b := array[n] of byte;
		return string len b;
	7 =>
		l: list of string;
		return hd l;
	8 =>
		l: list of string;
		l = tl l;
		return "tl ok";
	9 =>
		m: Sys;
		m->sleep(0);
		return "module call ok";
	10 =>
		b := a[1:3];
		b[0] = 99;
		return sys->sprint("slice shares storage: a[1]=%d", a[1]);
	11 =>
		s := "abc";
		t := s[1:5];
		return t;
	}
	return "no such test";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	names := array[] of {
		"index past end", "negative index", "nil field access",
		"divide by zero", "string index", "inverted slice",
		"negative array size", "hd of nil list", "tl of nil list",
		"nil module call", "slice aliasing", "string slice past end",
	};
	caught := 0;
	for(k := 0; k < len names; k++) {
		{
			r := test(k);
			sys->print("%-22s ok: %s\n", names[k], r);
		} exception e {
		"array bounds*" or "negative*" =>
			caught++;
			sys->print("%-22s bounds: %s\n", names[k], e);
		"dereference of nil" or "module not loaded" =>
			caught++;
			sys->print("%-22s nil: %s\n", names[k], e);
		"*" =>
			caught++;
			sys->print("%-22s arithmetic trap\n", names[k]);
		}
	}
	sys->print("%d of %d tests raised\n", caught, len names);
}
