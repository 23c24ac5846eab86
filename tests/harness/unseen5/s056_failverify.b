implement FailVerify;

include "sys.m";
	sys: Sys;
include "draw.m";

FailVerify: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# a tiny "archive": blocks each followed by a one-byte xor checksum
Block: adt {
	name:	string;
	data:	array of byte;
	sum:	byte;
};

xorsum(b: array of byte): byte
{
	s := byte 0;
	for(i := 0; i < len b; i++)
		s ^= b[i];
	return s;
}

mkblock(name, text: string): ref Block
{
	d := array of byte text;
	return ref Block(name, d, xorsum(d));
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	blocks := array[] of {mkblock("header", "ARCHIVE v1"), mkblock("index", "a,b,c"),
		mkblock("body", "the quick brown fox"), mkblock("trailer", "END")};
	# simulate corruption in transit
	blocks[2].data[4] = byte 'Q';
	bad := 0;
	for(i := 0; i < len blocks; i++){
		b := blocks[i];
		got := xorsum(b.data);
		status := "ok";
		if(got != b.sum){
			status = "CORRUPT";
			bad++;
		}
		sys->print("%-8s %2d bytes sum %.2ux expect %.2ux %s\n", b.name, len b.data, int got, int b.sum, status);
	}
	if(bad)
		raise sys->sprint("fail:%d corrupt block(s)", bad);
	sys->print("archive verified\n");
}
