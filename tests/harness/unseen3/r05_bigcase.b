implement R05;
include "sys.m";
	sys: Sys;
include "draw.m";
R05: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

classify(c: int): string
{
	case c {
	'a' to 'z' =>
		return "lower";
	'A' to 'Z' =>
		return "upper";
	'0' to '9' =>
		return "digit";
	' ' or '\t' or '\n' =>
		return "space";
	16r80 to 16rffff =>
		return "unicode";
	* =>
		return "other";
	}
}

word(s: string): int
{
	case s {
	"" => return 0;
	"one" => return 1;
	"two" or "deux" => return 2;
	"three" => return 3;
	* => return -1;
	}
}

grade(n: int): string
{
	r := "";
	case n {
	90 to 100 => r = "A";
	80 to 89 => r = "B";
	0 to 79 => r = "F";
	* => r = "invalid";
	}
	return r;
}

bigcase(b: big): string
{
	case b {
	big 0 => return "zero";
	big 1 to big 1000 => return "small";
	* => return "large";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "aZ5 \t!é\n";
	for(i := 0; i < len s; i++)
		sys->print("%d:%s ", s[i], classify(s[i]));
	sys->print("\n");
	words := array[] of {"", "one", "two", "deux", "three", "four", "One"};
	for(i = 0; i < len words; i++)
		sys->print("%q=%d ", words[i], word(words[i]));
	sys->print("\n");
	for(n := -5; n <= 105; n += 11)
		sys->print("%d%s ", n, grade(n));
	sys->print("\n");
	sys->print("%s %s %s %s\n", bigcase(big 0), bigcase(big 500), bigcase(big 1001), bigcase(big -1));
	for(i = 0; i < 6; i++){
		case i {
		0 =>
			sys->print("zero ");
		1 or 3 =>
			sys->print("odd-small ");
			if(i == 3)
				break;
			sys->print("(one) ");
		}
	}
	sys->print("\n");
}
