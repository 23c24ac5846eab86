implement AltChoice3;

# Which ready arm an alt takes, continued: an alt whose default is taken
# (nothing ready) makes no choice; arrays with nil elements; the number of
# ready arms changing from one alt to the next.

include "sys.m";
	sys: Sys;
include "draw.m";

AltChoice3: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := chan[1] of int;
	b := chan[1] of int;
	e := chan of int;
	s := "";
	for(k := 0; k < 10; k++){
		# nothing ready: the default, and no choice made
		alt {
		<-a =>
			s += "?";
		<-e =>
			s += "?";
		* =>
			s += "-";
		}
		a <-= 1;
		b <-= 1;
		alt {
		<-a =>
			s += "a";
			<-b;
		<-b =>
			s += "b";
			<-a;
		<-e =>
			s += "e";
		}
	}
	sys->print("defaults between: %s\n", s);

	# an array with nil elements: only the non-nil ready ones count
	arr := array[6] of chan of int;
	arr[1] = chan[1] of int;
	arr[3] = chan[1] of int;
	arr[4] = chan[1] of int;
	s = "";
	for(k = 0; k < 12; k++){
		arr[1] <-= 1;
		arr[3] <-= 3;
		arr[4] <-= 4;
		(i, v) := <-arr;
		s += string i;
		if(v != i)
			s += "!";
		for(j := 1; j < 5; j++)
			if(j != i && arr[j] != nil)
				<-arr[j];
	}
	sys->print("sparse array: %s\n", s);

	# k+1 of five arms ready on step k (mod 5)
	cs := array[5] of chan of int;
	for(i := 0; i < 5; i++)
		cs[i] = chan[1] of int;
	s = "";
	for(k = 0; k < 20; k++){
		n := k % 5 + 1;
		for(i = 0; i < n; i++)
			cs[i] <-= i;
		alt {
		x := <-cs[0] =>
			s += string x;
		x := <-cs[1] =>
			s += string x;
		x := <-cs[2] =>
			s += string x;
		x := <-cs[3] =>
			s += string x;
		x := <-cs[4] =>
			s += string x;
		}
		for(i = 0; i < 5; i++){
			alt {
			<-cs[i] =>
				;
			* =>
				;
			}
		}
		s += " ";
	}
	sys->print("growing: %s\n", s);
}
