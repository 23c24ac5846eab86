implement Xd;

include "sys.m";
	sys: Sys;
include "draw.m";

Xd: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Style: type int;
HEX1, HEX2, OCT1, CHAR: con iota;

dump(data: array of byte, style: Style, width: int)
{
	prev: array of byte;
	star := 0;
	for(off := 0; off < len data; off += width){
		e := off + width;
		if(e > len data)
			e = len data;
		row := data[off:e];
		if(prev != nil && len prev == len row && same(prev, row)){
			if(!star)
				sys->print("*\n");
			star = 1;
			continue;
		}
		star = 0;
		prev = row;
		s := sys->sprint("%.7x", off);
		case style {
		HEX1 =>
			for(i := 0; i < len row; i++)
				s += sys->sprint(" %.2x", int row[i]);
		HEX2 =>
			for(i := 0; i < len row; i += 2){
				v := int row[i] << 8;
				if(i+1 < len row)
					v |= int row[i+1];
				s += sys->sprint(" %.4x", v);
			}
		OCT1 =>
			for(i := 0; i < len row; i++)
				s += sys->sprint(" %.3o", int row[i]);
		CHAR =>
			for(i := 0; i < len row; i++)
				s += " " + charrep(int row[i]);
		}
		sys->print("%s\n", s);
	}
	sys->print("%.7x\n", len data);
}

charrep(c: int): string
{
	case c {
	'\n' =>	return "\\n";
	'\t' =>	return "\\t";
	0 =>	return "\\0";
	16r20 to 16r7e =>
		return sys->sprint(" %c", c);
	* =>
		return sys->sprint("%.2x", c);
	}
}

same(a, b: array of byte): int
{
	for(i := 0; i < len a; i++)
		if(a[i] != b[i])
			return 0;
	return 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	file := "/tmp/v014_xd.dat";
	fd := sys->create(file, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->fprint(sys->fildes(2), "xd: %s: %r\n", file);
		raise "fail:create";
	}
	sys->fprint(fd, "Limbo\tDis\n");
	zeros := array[40] of {* => byte 0};
	sys->write(fd, zeros, len zeros);
	sys->fprint(fd, "é!");
	fd = nil;

	fd = sys->open(file, Sys->OREAD);
	(ok, d) := sys->fstat(fd);
	if(ok < 0)
		raise "fail:stat";
	data := array[int d.length] of byte;
	n := sys->read(fd, data, len data);
	sys->print("read %d of %bd bytes\n", n, d.length);
	sys->print("-- xd -b\n");
	dump(data, HEX1, 16);
	sys->print("-- xd -x\n");
	dump(data, HEX2, 16);
	sys->print("-- xd -o\n");
	dump(data[0:12], OCT1, 8);
	sys->print("-- xd -c\n");
	dump(data, CHAR, 12);
	sys->remove(file);
}
