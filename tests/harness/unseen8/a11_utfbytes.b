implement UtfBytes;

include "sys.m";
	sys: Sys;
include "draw.m";

UtfBytes: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# count runes in a byte buffer by hand
utflen(b: array of byte): int
{
	n := 0;
	for(i := 0; i < len b; i++)
		if((int b[i] & 16rC0) != 16r80)
			n++;
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	text := "Grüße aus 東京 → ok";
	b := array of byte text;
	sys->print("text runes=%d bytes=%d handcount=%d\n", len text, len b, utflen(b));

	# utfbytes tells how many bytes form complete runes
	for(n := 0; n <= len b; n++){
		u := sys->utfbytes(b, n);
		if(u != n)
			sys->print("utfbytes(b, %2d) = %2d  (cut %d)\n", n, u, n - u);
	}

	# split a buffer into chunks of at most 5 bytes without breaking runes
	sys->print("chunks:\n");
	rest := b;
	while(len rest > 0){
		k := 5;
		if(k > len rest)
			k = len rest;
		k = sys->utfbytes(rest, k);
		if(k == 0)
			k = len rest;	# single rune longer than chunk
		sys->print("  [%s] %d bytes\n", string rest[0:k], k);
		rest = rest[k:];
	}

	# emulate reading a stream in tiny pieces: carry partial runes over
	sys->print("stream:");
	pending := array[0] of byte;
	out := "";
	for(i := 0; i < len b; i += 3){
		e := i + 3;
		if(e > len b)
			e = len b;
		piece := array[len pending + (e - i)] of byte;
		piece[0:] = pending;
		piece[len pending:] = b[i:e];
		k := sys->utfbytes(piece, len piece);
		out += string piece[0:k];
		pending = piece[k:];
		sys->print(" %d/%d", k, len pending);
	}
	sys->print("\nreassembled ok: %d\n", out == text);

	# byte offsets of each rune
	sys->print("offsets:");
	off := 0;
	for(i = 0; i < len text; i++){
		sys->print(" %d", off);
		off += len array of byte text[i:i+1];
	}
	sys->print(" end=%d\n", off);
}
