implement CaseStmt;

include "sys.m";
	sys: Sys;
include "draw.m";

CaseStmt: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Lo: con 10;
Hi: con 20;

kind(n: int): string
{
	case n {
	0 =>
		return "zero";
	1 or 2 or 3 =>
		return "small";
	4 to 9 =>
		return "digit";
	Lo to Hi - 1 =>
		return "teen";
	-5 to -1 =>
		return "neg";
	Hi or Hi * 2 =>
		return "round";
	'a' to 'z' =>
		return "letter";
	* =>
		return "other";
	}
}

word(s: string): string
{
	case s {
	"" =>
		return "empty";
	"a" or "an" or "the" =>
		return "article";
	"a" + "b" =>
		return "ab";
	"x" to "z" =>
		return "x-z";
	"é" =>
		return "e-acute";
	* =>
		return "word";
	}
}

bigcase(b: big): string
{
	case b {
	big 0 =>
		return "0";
	16r100000000 or 16r1ffffffff =>
		return "33-bit";
	* =>
		return "*";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ns := array[] of {0, 1, 3, 4, 9, 10, 19, 20, 21, 40, -1, -5, -6, 'a', 'm', 'z', '{', 100, -2147483647 - 1};
	for(i := 0; i < len ns; i++)
		sys->print("%d:%s ", ns[i], kind(ns[i]));
	sys->print("\n");
	ws := array[] of {"", "a", "an", "the", "ab", "x", "xylophone", "y", "z", "za", "é", "A", "w"};
	for(i = 0; i < len ws; i++)
		sys->print("%q:%s ", ws[i], word(ws[i]));
	sys->print("\n");
	nils: string;
	sys->print("nil:%s\n", word(nils));
	bs := array[] of {big 0, big 1, 16r100000000, 16r1ffffffff, 16r200000000};
	for(i = 0; i < len bs; i++)
		sys->print("%bd:%s ", bs[i], bigcase(bs[i]));
	sys->print("\n");
	for(i = 0; i < 4; i++){
		case i {
		0 =>
			sys->print("a");
		2 =>
			;
		* =>
			sys->print("d");
		}
	}
	sys->print("\n");
	x := 5;
	case x {
	1 => sys->print("one\n");
	}
	sys->print("no match is fine\n");
	c := byte 200;
	case int c {
	200 => sys->print("byte 200\n");
	* => sys->print("byte other\n");
	}
	for(i = 0; i < 3; i++)
		case i {
		0 =>
			y := i + 100;
			sys->print("decl in arm %d\n", y);
		1 =>
			y := "s";
			sys->print("other decl %s\n", y);
		}
}
