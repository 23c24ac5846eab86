implement NilWorld;

include "sys.m";
	sys: Sys;
include "draw.m";

NilWorld: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Rec: adt {
	name: string;
	tags: list of string;
	data: array of byte;
};

ns: string;
na: array of int;
nl: list of int;
nr: ref Rec;

names := array[] of {
	"ns + \"x\"", "ns + ns", "ns[0:0]", "ns < \"a\"", "int ns",
	"array of byte ns", "string nil bytes", "na[0:0]", "na[0:]", "na[0]",
	"na[0:1]", "copy into nil", "hd nl", "tl nl", "1 :: nl",
	"tl (1::nil)", "nr.name", "nr.tags", "ref Rec fields", "array of nil strs",
	"array of nil refs", "nil chan alt", "nil fn ref", "load bad path", "sprint nil",
	"empty vs nil", "nil list ==",
};

op(k: int): string
{
	case k {
	0 =>	return ns + "x";
	1 =>	s := ns + ns; return sys->sprint("%q len %d nil %d", s, len s, s == nil);
	2 =>	return sys->sprint("%q", ns[0:0]);
	3 =>	return string (ns < "a");
	4 =>	return string int ns;
	5 =>	b := array of byte ns; return sys->sprint("len %d nil %d", len b, b == nil);
	6 =>	b: array of byte; return sys->sprint("%q", string b);
	7 =>	a := na[0:0]; return sys->sprint("len %d nil %d", len a, a == nil);
	8 =>	return sys->sprint("len %d", len na[0:]);
	9 =>	return string na[0];
	10 =>	return string len na[0:1];
	11 =>	na[0:] = array[0] of int; return "ok";
	12 =>	return string hd nl;
	13 =>	return string len tl nl;
	14 =>	l := 1 :: nl; return sys->sprint("len %d hd %d", len l, hd l);
	15 =>	l := tl (1 :: nl); return sys->sprint("nil %d", l == nil);
	16 =>	return nr.name;
	17 =>	return string len nr.tags;
	18 =>	r := ref Rec; return sys->sprint("%q %d %d", r.name, len r.tags, len r.data);
	19 =>
		a := array[3] of string;
		t := "";
		for(i := 0; i < len a; i++)
			t += "<" + a[i] + ">";
		return t;
	20 =>	a := array[2] of ref Rec; return a[1].name;
	21 =>
		c: chan of int;
		alt {
		c <-= 1 =>
			return "sent";
		* =>
			return "would block";
		}
	22 =>	g: ref fn(): string; return g();
	23 =>	m := load Sys "/no/such/thing.dis"; return sys->sprint("module nil %d", m == nil);
	24 =>	return sys->sprint("[%s][%q]", ns, ns);
	25 =>	a := array[0] of int; return sys->sprint("empty==nil %d len %d", a == nil, len a);
	26 =>	l: list of string; return sys->sprint("%d %d", l == nil, tl ("a" :: l) == nil);
	}
	return "?";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("len: %d %d %d\n", len ns, len na, len nl);
	sys->print("ns == \"\": %d, ns == nil: %d, \"\" == nil: %d\n", ns == "", ns == nil, "" == nil);
	sys->print("na == nil: %d, nl == nil: %d, nr == nil: %d\n", na == nil, nl == nil, nr == nil);

	ok := bad := 0;
	for(k := 0; k < len names; k++) {
		{
			r := op(k);
			sys->print("%-18s => %s\n", names[k], r);
			ok++;
		} exception e {
		"*" =>
			sys->print("%-18s !! %s\n", names[k], e);
			bad++;
		}
	}
	sys->print("%d ok, %d raised\n", ok, bad);
}
