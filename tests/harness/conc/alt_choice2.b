implement AltChoice2;

# More choices among ready arms: receive on an array of channels, several
# send arms, send and receive arms mixed in source order, blocked alts
# that are woken (no choice made), and choices made in a spawned thread.

include "sys.m";
	sys: Sys;
include "draw.m";

AltChoice2: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# array of channels: every element ready
	arr := array[4] of chan of int;
	for(i := 0; i < len arr; i++)
		arr[i] = chan[1] of int;
	s := "";
	for(k := 0; k < 10; k++){
		for(i = 0; i < len arr; i++)
			arr[i] <-= i;
		(w, v) := <-arr;
		s += string w + string v;
		for(i = 0; i < len arr; i++)
			if(i != w)
				<-arr[i];
	}
	sys->print("array: %s\n", s);

	# three send arms, all with room
	a := chan[1] of int;
	b := chan[1] of int;
	c := chan[1] of int;
	s = "";
	for(k = 0; k < 10; k++){
		alt {
		a <-= 1 =>
			s += "a";
			<-a;
		b <-= 2 =>
			s += "b";
			<-b;
		c <-= 3 =>
			s += "c";
			<-c;
		}
	}
	sys->print("sends: %s\n", s);

	# source order recv a, send b, recv c, send d
	d := chan[1] of int;
	s = "";
	for(k = 0; k < 10; k++){
		a <-= 1;
		c <-= 1;
		alt {
		<-a =>
			s += "A";
			<-c;
		b <-= 1 =>
			s += "B";
			<-b; <-a; <-c;
		<-c =>
			s += "C";
			<-a;
		d <-= 1 =>
			s += "D";
			<-d; <-a; <-c;
		}
	}
	sys->print("mixed: %s\n", s);

	# an alt that blocks and is woken makes no choice
	u := chan of int;
	done := chan of string;
	spawn waker(u, 3);
	for(k = 0; k < 3; k++){
		alt {
		x := <-u =>
			s = "woken " + string x;
		y := <-b =>
			s = "b " + string y;
		}
	}
	sys->print("%s\n", s);
	s = "";
	for(k = 0; k < 6; k++){
		a <-= 1;
		b <-= 1;
		alt {
		<-a =>
			s += "a";
			<-b;
		<-b =>
			s += "b";
			<-a;
		}
	}
	sys->print("after wakes: %s\n", s);

	# choices made by another thread use the same sequence
	spawn chooser(done);
	sys->print("thread: %s\n", <-done);
	s = "";
	for(k = 0; k < 6; k++){
		a <-= 1;
		b <-= 1;
		alt {
		<-a =>
			s += "a";
			<-b;
		<-b =>
			s += "b";
			<-a;
		}
	}
	sys->print("main again: %s\n", s);
}

waker(u: chan of int, n: int)
{
	for(i := 0; i < n; i++)
		u <-= i;
}

chooser(done: chan of string)
{
	x := chan[1] of int;
	y := chan[1] of int;
	s := "";
	for(k := 0; k < 6; k++){
		x <-= 1;
		y <-= 1;
		alt {
		<-x =>
			s += "x";
			<-y;
		<-y =>
			s += "y";
			<-x;
		}
	}
	done <-= s;
}
