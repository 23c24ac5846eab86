# exercises sys->byte2char, char2byte, utfbytes with multibyte and invalid sequences
implement Utf;
include "sys.m";
include "draw.m";
sys: Sys;
Utf: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := array of byte "aé€😀z";
	sys->print("len %d\n", len b);
	i := 0;
	while(i < len b){
		(c, n, ok) := sys->byte2char(b, i);
		sys->print("%d: %ux %d %d\n", i, c, n, ok);
		i += n;
	}
	bad := array[] of {byte 16rc3, byte 16r28, byte 16rff, byte 16re2, byte 16r82};
	for(i = 0; i < len bad; i++){
		(c, n, ok) := sys->byte2char(bad, i);
		sys->print("bad %d: %ux %d %d\n", i, c, n, ok);
	}
	sys->print("utfbytes %d %d %d\n", sys->utfbytes(b, len b), sys->utfbytes(b, 4), sys->utfbytes(b, 2));
	out := array[8] of {* => byte 0};
	cs := array[] of {'A', 16re9, 16r20ac, 16r10000};
	for(i = 0; i < len cs; i++){
		n := sys->char2byte(cs[i], out, 0);
		sys->print("c2b %ux -> %d:", cs[i], n);
		for(j := 0; j < n; j++) sys->print(" %ux", int out[j]);
		sys->print("\n");
	}
	n := sys->char2byte(16r20ac, out, 6);
	sys->print("short %d\n", n);
	s := "aé€";
	sys->print("%d %d\n", len s, len array of byte s);
}
