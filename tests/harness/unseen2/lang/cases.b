# exercises case statements with ranges, strings, default, multiple labels
implement Cases;
include "sys.m";
include "draw.m";
sys: Sys;
Cases: module { init: fn(nil: ref Draw->Context, nil: list of string); };
classify(n: int): string
{
	case n {
	0 => return "zero";
	1 or 2 or 3 => return "small";
	4 to 9 => return "digit";
	10 to 99 or 1000 => return "medium";
	-5 to -1 => return "neg";
	* => return "other";
	}
}
word(s: string): int
{
	case s {
	"" => return 0;
	"a" to "c" => return 1;
	"hello" or "hi" => return 2;
	"x" to "zz" => return 3;
	* => return 4;
	}
}
bigc(b: big): string
{
	case b {
	big 0 => return "z";
	big 1 or big 100 => return "s";
	* => return "b";
	}
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := -7; i < 1002; i += 3)
		if(i < 20 || i > 990)
			sys->print("%d:%s ", i, classify(i));
	sys->print("\n");
	l := "" :: "a" :: "b" :: "bz" :: "c" :: "ca" :: "hi" :: "hello" :: "x" :: "y" :: "zz" :: "zzz" :: nil;
	for(; l != nil; l = tl l)
		sys->print("%s=%d ", hd l, word(hd l));
	sys->print("\n");
	sys->print("%s %s %s\n", bigc(big 0), bigc(big 100), bigc(big 101));
	c := 'm';
	case c {
	'a' to 'l' => sys->print("first\n");
	'm' to 'z' => sys->print("second\n");
	}
	case 5 { 1 => sys->print("none\n"); }
	sys->print("done\n");
}
