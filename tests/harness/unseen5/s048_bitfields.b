implement BitFields;

include "sys.m";
	sys: Sys;
include "draw.m";

BitFields: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# a 32-bit instruction word: op(6) rd(5) rs(5) imm(16)
OPSHIFT: con 26;
RDSHIFT: con 21;
RSSHIFT: con 16;

encode(op, rd, rs, imm: int): int
{
	return (op & 16r3f) << OPSHIFT | (rd & 16r1f) << RDSHIFT | (rs & 16r1f) << RSSHIFT | (imm & 16rffff);
}

field(w, shift, width: int): int
{
	return (w >> shift) & ((1 << width) - 1);
}

sext16(v: int): int
{
	return (v << 16) >> 16;
}

popcount(x: int): int
{
	n := 0;
	while(x != 0){
		x &= x - 1;
		n++;
	}
	return n;
}

binary(x, width: int): string
{
	s := "";
	for(i := width - 1; i >= 0; i--){
		s[len s] = '0' + ((x >> i) & 1);
		if(i % 4 == 0 && i != 0)
			s += "_";
	}
	return s;
}

# flag set kept in an int
FREAD, FWRITE, FEXEC, FHIDDEN, FSYSTEM: con 1 << iota;

flagnames(f: int): string
{
	names := array[] of {"read", "write", "exec", "hidden", "system"};
	s := "";
	for(i := 0; i < len names; i++)
		if(f & (1 << i)){
			if(s != nil)
				s += "|";
			s += names[i];
		}
	if(s == nil)
		s = "none";
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	insns := array[] of {(8, 3, 4, 100), (35, 31, 29, -8), (0, 1, 2, 16rffff), (63, 0, 31, -32768)};
	for(i := 0; i < len insns; i++){
		(op, rd, rs, imm) := insns[i];
		w := encode(op, rd, rs, imm);
		sys->print("%.8ux op=%d rd=%d rs=%d imm=%d (raw %d)\n", w, field(w, OPSHIFT, 6), field(w, RDSHIFT, 5),
			field(w, RSSHIFT, 5), sext16(field(w, 0, 16)), field(w, 0, 16));
	}
	sys->print("top bit op: word >> 26 = %d, logical = %d\n", encode(63, 0, 0, 0) >> 26, field(encode(63, 0, 0, 0), 26, 6));
	xs := array[] of {0, 1, 255, int 16r80000000, -1, 16r5555};
	for(i = 0; i < len xs; i++)
		sys->print("popcount(%ux)=%d\n", xs[i], popcount(xs[i]));
	sys->print("binary 0xA5C3: %s\n", binary(16ra5c3, 16));
	f := FREAD | FWRITE;
	sys->print("flags %d: %s\n", f, flagnames(f));
	f |= FHIDDEN;
	f &= ~FWRITE;
	sys->print("flags %d: %s\n", f, flagnames(f));
	f ^= FREAD | FEXEC | FSYSTEM;
	sys->print("flags %d: %s\n", f, flagnames(f));
	sys->print("flags %d: %s\n", 0, flagnames(0));
	# rotate left within 32 bits
	x := int 16r80000001;
	for(r := 0; r < 4; r++){
		sys->print("rotl %d: %.8ux\n", r, x);
		x = (x << 1) | ((x >> 31) & 1);
	}
}
