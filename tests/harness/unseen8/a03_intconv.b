implement IntConv;

include "sys.m";
	sys: Sys;
include "draw.m";

IntConv: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inputs := array[] of {
		"0", "42", "-17", "+8", "  12", "12  ", "\t-3",
		"12abc", "abc", "", "-", "0x1f", "017", "3.99", "-3.99",
		"2147483647", "2147483648", "-2147483648", "99999999999",
		"1e3", "١٢",
	};
	for(i := 0; i < len inputs; i++){
		s := inputs[i];
		n := int s;
		sys->print("int %-14q = %d\n", s, n);
	}

	# int to string
	vals := array[] of {0, 7, -7, 255, 65536, -2147483647-1, 2147483647};
	for(i = 0; i < len vals; i++){
		s := string vals[i];
		sys->print("string %d = %q (len %d)\n", vals[i], s, len s);
	}

	# round trips
	bad := 0;
	for(k := -1000; k <= 1000; k += 37){
		if(int string k != k)
			bad++;
	}
	sys->print("roundtrip failures: %d\n", bad);

	# arithmetic via strings
	a := "123";
	b := "456";
	sys->print("%s + %s = %d\n", a, b, int a + int b);
	sys->print("%s . %s = %s\n", a, b, a + b);
	sys->print("int(%s+%s) = %d\n", a, b, int (a + b));

	# byte conversions
	by := byte 300;
	sys->print("byte 300 = %d\n", int by);
	by = byte -1;
	sys->print("byte -1 = %d\n", int by);
	sys->print("int of real 2.5 = %d, 3.5 = %d, -2.5 = %d\n", int 2.5, int 3.5, int -2.5);
	sys->print("int of real 2.4999 = %d, -0.6 = %d\n", int 2.4999, int -0.6);
}
