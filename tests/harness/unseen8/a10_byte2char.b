implement B2C;

include "sys.m";
	sys: Sys;
include "draw.m";

B2C: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

decode(label: string, buf: array of byte)
{
	sys->print("%s (%d bytes):", label, len buf);
	n := 0;
	while(n < len buf){
		(c, w, ok) := sys->byte2char(buf, n);
		sys->print(" [U+%04X w=%d ok=%d]", c, w, ok);
		if(w <= 0)
			break;
		n += w;
	}
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	decode("ascii", array of byte "Hi!");
	decode("mixed", array of byte "aé€😀");
	decode("lone continuation", array[] of {byte 16r80, byte 'x'});
	decode("truncated 2-byte", array[] of {byte 16rc3});
	decode("truncated 3-byte", array[] of {byte 16re2, byte 16r82});
	decode("bad lead", array[] of {byte 16rff, byte 16rfe, byte 'A'});
	decode("overlong slash", array[] of {byte 16rc0, byte 16raf});
	decode("surrogate", array[] of {byte 16red, byte 16ra0, byte 16r80});

	# byte2char in the middle of a multibyte sequence
	buf := array of byte "x€y";
	for(off := 0; off < len buf; off++){
		(c, w, ok) := sys->byte2char(buf, off);
		sys->print("offset %d: c=%x w=%d ok=%d\n", off, c, w, ok);
	}

	# encode code points with char2byte
	cps := array[] of {'A', 16r7f, 16r80, 16r7ff, 16r800, 16rffff, 16r10000, 16r10ffff, 16r110000, -5};
	out := array[8] of byte;
	for(i := 0; i < len cps; i++){
		k := sys->char2byte(cps[i], out, 0);
		sys->print("char2byte(16r%x) = %d:", cps[i], k);
		for(j := 0; j < k; j++)
			sys->print(" %02x", int out[j]);
		sys->print("\n");
	}

	# a buffer too small
	small := array[2] of byte;
	k := sys->char2byte(16r20ac, small, 0);
	sys->print("euro into 2-byte buffer: %d\n", k);

	# build a byte array with char2byte and convert to string
	bb := array[64] of byte;
	n := 0;
	msg := array[] of {'I', ' ', 16r2665, ' ', 'D', 'i', 's'};
	for(i = 0; i < len msg; i++)
		n += sys->char2byte(msg[i], bb, n);
	s := string bb[0:n];
	sys->print("built %d bytes -> %q (%d runes)\n", n, s, len s);

	# invalid bytes become U+FFFD when converted to a string
	junks := array[] of {
		array[] of {byte 'o', byte 16r80, byte 'k'},
		array[] of {byte 'o', byte 16rc3, byte 'k'},
		array[] of {byte 'o', byte 'k', byte 16re2},
		array[] of {byte 'o', byte 16rff, byte 'k'},
	};
	for(t := 0; t < len junks; t++){
		js := string junks[t];
		sys->print("junk %d string len=%d:", t, len js);
		for(i = 0; i < len js; i++)
			sys->print(" %x", js[i]);
		sys->print("\n");
	}
}
