implement Iota;

include "sys.m";
	sys: Sys;
include "draw.m";

Iota: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Red, Green, Blue: con iota;
Zero, One, Two, Three: con iota;
Bit0, Bit1, Bit2, Bit3: con 1 << iota;
Ten, Eleven, Twelve: con iota + 10;
Sq0, Sq1, Sq2, Sq3, Sq4: con iota * iota;
Odd1, Odd3, Odd5: con 2 * iota + 1;
KB, MB, GB: con big 1 << (10 * (iota + 1));
Neg0, Neg1, Neg2: con -iota;
Mask0, Mask1, Mask2: con (1 << (iota + 1)) - 1;

names := array[] of {"red", "green", "blue"};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("colors: %d %d %d -> %s %s %s\n", Red, Green, Blue,
		names[Red], names[Green], names[Blue]);
	sys->print("counts: %d %d %d %d\n", Zero, One, Two, Three);
	sys->print("bits: %d %d %d %d all=%x\n", Bit0, Bit1, Bit2, Bit3, Bit0|Bit1|Bit2|Bit3);
	sys->print("offset: %d %d %d\n", Ten, Eleven, Twelve);
	sys->print("squares: %d %d %d %d %d\n", Sq0, Sq1, Sq2, Sq3, Sq4);
	sys->print("odds: %d %d %d\n", Odd1, Odd3, Odd5);
	sys->print("sizes: %bd %bd %bd\n", KB, MB, GB);
	sys->print("negs: %d %d %d\n", Neg0, Neg1, Neg2);
	sys->print("masks: %d %d %d\n", Mask0, Mask1, Mask2);
	flags := Bit1 | Bit3;
	for(b := Bit0; b <= Bit3; b <<= 1)
		if(flags & b)
			sys->print("flag %d set\n", b);
	case Green {
	Red => sys->print("red\n");
	Green => sys->print("green matched\n");
	Blue => sys->print("blue\n");
	}
}
