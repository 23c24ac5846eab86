implement CatchAll;

include "sys.m";
	sys: Sys;
include "draw.m";

CatchAll: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Cfg: adt {
	name: string;
	opts: array of string;
	parent: cyclic ref Cfg;
};

depth := 0;

# dig through the parent chain n levels; nil parents blow up
lookup(c: ref Cfg, up: int, idx: int): string
{
	depth++;
	if(up == 0)
		return c.opts[idx];
	return lookup(c.parent, up - 1, idx);
}

level3(kind: int): string
{
	case kind {
	0 =>	return "fine";
	1 =>	c: ref Cfg; return c.name;
	2 =>	a := array[2] of int; i := 2; return string a[i];
	3 =>	n := -3; a := array[n] of int; return string len a;
	4 =>	raise "fail:level3 gave up";
	5 =>	raise "parse: bad token";
	6 =>	l: list of string; return hd l;
	7 =>	s := "abc"; return s[5:];
	8 =>	s := "abc"; k := 3; return string s[k];
	9 =>	return (array[1] of ref Cfg)[0].opts[0];
	}
	raise "unknown kind " + string kind;
}

level2(kind: int): string
{
	{
		return "<" + level3(kind) + ">";
	} exception e {
	"parse:*" =>
		return "level2 handled " + e;
	}
}

level1(kind: int): string
{
	{
		return level2(kind);
	} exception e {
	"fail:*" =>
		return "level1 saw failure: " + e[5:];
	"dereference of nil" =>
		return "level1: nil pointer";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	for(k := 0; k <= 10; k++) {
		{
			sys->print("kind %2d: %s\n", k, level1(k));
		} exception e {
		"array bounds error" =>
			sys->print("kind %2d: top caught bounds\n", k);
		"*" =>
			sys->print("kind %2d: top caught %q\n", k, e);
		}
	}

	# a chain of configs, partially built
	root := ref Cfg("root", array[] of {"-v", "-x"}, nil);
	mid := ref Cfg("mid", nil, root);
	leaf := ref Cfg("leaf", array[] of {"-q"}, mid);
	tries := array[] of {(0, 0), (2, 1), (1, 0), (3, 0), (2, 2), (5, 0)};
	for(i := 0; i < len tries; i++) {
		(up, idx) := tries[i];
		depth = 0;
		{
			sys->print("lookup(up=%d, idx=%d) = %s\n", up, idx, lookup(leaf, up, idx));
		} exception e {
		"*" =>
			sys->print("lookup(up=%d, idx=%d) failed after %d calls: %s\n", up, idx, depth, e);
		}
	}

	# an exception in a handler propagates outward
	{
		{
			raise "first";
		} exception e {
		"first" =>
			sys->print("inner handler got %s, raising second\n", e);
			raise "second: from handler";
		}
	} exception e2 {
	"second*" =>
		sys->print("outer handler got %s\n", e2);
	}

	# re-raise preserves the text
	{
		{
			x: ref Cfg;
			sys->print("%s\n", x.parent.name);
		} exception {
		"*" =>
			sys->print("rethrowing\n");
			raise;
		}
	} exception e3 {
	"*" =>
		sys->print("after rethrow: %s\n", e3);
	}
	sys->print("done\n");
}
