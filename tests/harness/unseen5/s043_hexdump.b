implement HexDump;

include "sys.m";
	sys: Sys;
include "draw.m";

HexDump: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

dump(data: array of byte, base: int)
{
	for(off := 0; off < len data; off += 16){
		line := sys->sprint("%.8ux ", base + off);
		asc := "";
		for(i := 0; i < 16; i++){
			if(i == 8)
				line += " ";
			if(off + i < len data){
				c := int data[off+i];
				line += sys->sprint(" %.2ux", c);
				if(c >= 16r20 && c < 16r7f)
					asc[len asc] = c;
				else
					asc += ".";
			}else
				line += "   ";
		}
		sys->print("%s  |%s|\n", line, asc);
	}
}

parsehex(s: string): array of byte
{
	out := array[len s / 2] of byte;
	n := 0;
	hi := -1;
	for(i := 0; i < len s; i++){
		c := s[i];
		v: int;
		case c {
		'0' to '9' =>	v = c - '0';
		'a' to 'f' =>	v = c - 'a' + 10;
		'A' to 'F' =>	v = c - 'A' + 10;
		* =>	continue;
		}
		if(hi < 0)
			hi = v;
		else{
			out[n++] = byte (hi << 4 | v);
			hi = -1;
		}
	}
	return out[0:n];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	text := array of byte "Limbo\tprograms run on Dis.\nÜber-fast? ∑ yes!\n";
	sys->print("%d bytes of text:\n", len text);
	dump(text, 0);
	bin := array[40] of byte;
	for(i := 0; i < len bin; i++)
		bin[i] = byte (i * 37 + 250);
	sys->print("binary:\n");
	dump(bin, 16r1000);
	back := parsehex("de ad BE EF 00 7f-80 ff 4");
	sys->print("parsed %d bytes:\n", len back);
	dump(back, 0);
}
