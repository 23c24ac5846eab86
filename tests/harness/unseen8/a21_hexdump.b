implement HexDump;

include "sys.m";
	sys: Sys;
include "draw.m";

HexDump: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

hexdump(b: array of byte)
{
	for(off := 0; off < len b; off += 16){
		line := sys->sprint("%08x ", off);
		asc := "";
		for(i := 0; i < 16; i++){
			if(i == 8)
				line += " ";
			if(off + i < len b){
				c := int b[off+i];
				line += sys->sprint(" %02x", c);
				if(c >= 16r20 && c < 16r7f)
					asc[len asc] = c;
				else
					asc += ".";
			}else
				line += "   ";
		}
		sys->print("%s  |%s|\n", line, asc);
	}
	sys->print("%08x\n", len b);
}

unhex(s: string): array of byte
{
	b := array[len s / 2] of byte;
	n := 0;
	hi := -1;
	for(i := 0; i < len s; i++){
		c := s[i];
		v := -1;
		if(c >= '0' && c <= '9')
			v = c - '0';
		else if(c >= 'a' && c <= 'f')
			v = c - 'a' + 10;
		else if(c >= 'A' && c <= 'F')
			v = c - 'A' + 10;
		if(v < 0)
			continue;
		if(hi < 0)
			hi = v;
		else{
			b[n++] = byte (hi << 4 | v);
			hi = -1;
		}
	}
	return b[0:n];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	hexdump(array of byte "Hello, Inferno!\nThis is a hex dump of some UTF-8: àéî 日本\n");
	sys->print("--\n");
	b := array[40] of byte;
	for(i := 0; i < len b; i++)
		b[i] = byte (i * 7 + 3);
	hexdump(b);
	sys->print("--\n");
	hexdump(array[0] of byte);
	sys->print("--\n");
	u := unhex("48 65 6c 6C 6f:20-57 6f 72 6c 64 21 x");
	sys->print("unhex -> %d bytes: %s\n", len u, string u);

	# checksum: simple sum and xor, and a rotating hash
	data := array of byte "The quick brown fox jumps over the lazy dog";
	sum := 0;
	x := 0;
	h := 5381;
	for(i = 0; i < len data; i++){
		sum = (sum + int data[i]) & 16rffff;
		x ^= int data[i];
		h = (h * 33 + int data[i]) & 16r7fffffff;
	}
	sys->print("sum=%04x xor=%02x djb2=%08x\n", sum, x, h);

	# array slices share storage
	s := data[4:9];
	s[0] = byte 'Q';
	sys->print("after slice write: %s\n", string data[0:15]);
	c := array[5] of byte;
	c[0:] = data[4:9];
	c[0] = byte 'q';
	sys->print("copy is separate: %s / %s\n", string c, string data[4:9]);
}
