implement Nested;

include "sys.m";
	sys: Sys;
include "draw.m";

Nested: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

trace: string;

t(s: string)
{
	trace += s + " ";
}

f3(k: int)
{
	t("f3");
	case k {
	0 => raise "k0";
	1 => raise "fail:k1";
	2 => a := array[2] of int; a[k] = 1;
	3 => r: ref Pair; r.a = 1;
	}
	t("f3end");
}

Pair: adt {
	a, b: int;
};

f2(k: int)
{
	t("f2");
	{
		f3(k);
	} exception e {
	"k0" =>
		t("f2:k0");
	"array*" =>
		t("f2:array");
		raise "converted";
	}
	t("f2end");
}

f1(k: int)
{
	t("f1");
	{
		f2(k);
	} exception e {
	"fail:*" =>
		t("f1:" + e);
	"converted" =>
		t("f1:converted");
		{
			raise "again";
		} exception e2 {
		"again" =>
			t("f1:again(" + e + ")");
		}
	}
	t("f1end");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(k := 0; k < 5; k++){
		trace = nil;
		{
			f1(k);
			t("init");
		} exception e {
		"*" =>
			t("init:" + e);
		}
		sys->print("k=%d: %s\n", k, trace);
	}
	# handlers in a loop body, exceptions in the handlers themselves
	n := 0;
	for(i := 0; i < 4; i++){
		{
			{
				if(i % 2)
					raise "odd";
				n += 10;
			} exception e {
			"odd" =>
				if(i == 3)
					raise "three";
				n += 1;
			}
		} exception e {
		"three" =>
			n += 100;
		}
	}
	sys->print("n=%d\n", n);
	# four levels deep, each adding to the string
	s := "";
	{
		{
			{
				{
					raise "L";
				} exception e { "L" => s += "4"; raise e + "3"; }
			} exception e { "L3" => s += "3"; raise e + "2"; }
		} exception e { "L32" => s += "2"; raise e + "1"; }
	} exception e { "L321" => s += "1"; sys->print("final %s after %s\n", e, s); }
	sys->print("done\n");
}
